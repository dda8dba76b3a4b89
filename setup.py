"""Build entry point; the metadata, dependencies and entry points are in setup.cfg.

The package list is made here: every package under thiduadesk/ (found, so a new one cannot be
left out of the wheel) plus resources/ and i18n/, installed as thiduadesk.resources and
thiduadesk.i18n (setup.cfg's ``package_dir``).

The user guide has one source, docs/huong-dan-su-dung.md; the build copies it into the package
as thiduadesk/resources/help/ so Help → User guide works after ``pip install .`` (a source
checkout reads docs/ directly, thiduadesk/ui/help/guide.py).
"""

import os
import shutil

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = os.path.dirname(os.path.abspath(__file__))
GUIDE = os.path.join(HERE, "docs", "huong-dan-su-dung.md")


class BuildWithGuide(build_py):
    def run(self):
        super().run()
        if os.path.isfile(GUIDE):
            target = os.path.join(self.build_lib, "thiduadesk", "resources", "help")
            os.makedirs(target, exist_ok=True)
            shutil.copyfile(GUIDE, os.path.join(target, os.path.basename(GUIDE)))


setup(
    packages=[*find_packages(include=["thiduadesk", "thiduadesk.*"]), "thiduadesk.resources", "thiduadesk.i18n"],
    cmdclass={"build_py": BuildWithGuide},
)
