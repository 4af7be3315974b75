"""The build backend: setuptools, with resources/ installed as the package rupture_annotator.resources.

resources/ stays at the top of the checkout, where it is edited; pyproject.toml maps it to
`rupture_annotator.resources` (package-dir) and names its files (package-data). setuptools can
find packages itself or take a given list, not both, so this backend runs setuptools with the
list it finds plus that one: a new subpackage is picked up without touching any list.
"""

from __future__ import annotations

from setuptools import build_meta, find_namespace_packages, find_packages, setup

RESOURCES = "rupture_annotator.resources"


class _Backend(build_meta._BuildMetaBackend):
    def run_setup(self, setup_script: str = "setup.py") -> None:
        code = find_packages(include=["rupture_annotator", "rupture_annotator.*"])
        data = [f"{RESOURCES}.{name}" for name in find_namespace_packages(where="resources")]
        setup(packages=[*code, RESOURCES, *data])


_BACKEND = _Backend()
get_requires_for_build_wheel = _BACKEND.get_requires_for_build_wheel
get_requires_for_build_sdist = _BACKEND.get_requires_for_build_sdist
prepare_metadata_for_build_wheel = _BACKEND.prepare_metadata_for_build_wheel
build_wheel = _BACKEND.build_wheel
build_sdist = _BACKEND.build_sdist
get_requires_for_build_editable = _BACKEND.get_requires_for_build_editable
prepare_metadata_for_build_editable = _BACKEND.prepare_metadata_for_build_editable
build_editable = _BACKEND.build_editable
