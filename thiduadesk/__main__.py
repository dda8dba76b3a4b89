from thiduadesk.cli import main

raise SystemExit(main())
