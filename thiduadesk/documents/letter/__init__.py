"""One letter layout for every paper the office prints (Decree 30/2020/NĐ-CP, Appendix I).

The page, the header, the body, the closing with its signatures and "Nơi nhận:", and tables and
appendices; ``compose`` puts any official document together from them. Papers import this
package (``from thiduadesk.documents import letter``) and never copy a part of it.
"""

from thiduadesk.documents.letter.body import (  # noqa: F401
    HEADING_KEEP_LINES,
    body_paragraph,
    heading_paragraph,
    heading_style,
    keep_headings_with_text,
)
from thiduadesk.documents.letter.closing import (  # noqa: F401
    CLOSING_ROW_MAX,
    KeepTailWith,
    closing_block,
    end_of_body,
    recipient_lines,
)
from thiduadesk.documents.letter.compose import (  # noqa: F401
    attached_list_pages,
    attached_to,
    body_flowables,
    build_pdf,
    compose,
    header,
    list_heading,
    list_table,
    opening,
    prose_bases,
)
from thiduadesk.documents.letter.header import (  # noqa: F401
    header_table,
    type_and_title,
)
from thiduadesk.documents.letter.page import (  # noqa: F401
    BI,
    BODY_LEADING,
    BODY_SIZE,
    CLOSING_MARK,
    FIRST_LINE_INDENT,
    HEADER_LEFT_SHARE,
    HEADER_SIZE,
    IT,
    KEM_THEO,
    LANDSCAPE,
    LANDSCAPE_TEMPLATE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    NOI_NHAN,
    NOI_NHAN_SIZE,
    PAGE_NUMBER_SIZE,
    PARAGRAPH_SPACE_AFTER,
    PHU_LUC,
    PLACE_DATE_SIZE,
    PORTRAIT,
    PORTRAIT_TEMPLATE,
    QUOC_HIEU,
    QUOC_HIEU_SIZE,
    RECIPIENT_SIZE,
    RULE_GAP,
    RULE_THICKNESS,
    SIGNATURE_SPACE,
    SIGNER_SIZE,
    STYLES,
    TABLE_SIZE,
    TIEU_NGU,
    TIEU_NGU_SIZE,
    TITLE_SIZE,
    B,
    Decree30Doc,
    Para,
    R,
    RestartNumbering,
    Rule,
    Styles,
    frame_height,
    frame_width,
)
from thiduadesk.documents.letter.tables import (  # noqa: F401
    CENTRE,
    KEEP_ROW_MAX,
    LEFT,
    MAX_ROW_HEIGHT,
    GroupRow,
    appendix_heading,
    appendix_start,
    attached_line,
    grid_table,
    note_paragraph,
    roman,
    split_tall_row,
)
from thiduadesk.documents.letter.text import (  # noqa: F401
    CONTROL_CHARS,
    esc,
    header_lines,
    longest_line_width,
    name_in_running_text,
    nfc,
    run_markup,
    runs_markup,
    text_width,
)
