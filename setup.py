"""Build entry point; the metadata, dependencies and entry points are in setup.cfg.

The package list is made here: every package under thiduadesk/ (found, so a new one cannot be
left out of the wheel) plus resources/ and i18n/, installed as thiduadesk.resources and
thiduadesk.i18n (setup.cfg's ``package_dir``).
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["thiduadesk", "thiduadesk.*"]), "thiduadesk.resources", "thiduadesk.i18n"])
