"""CID 6348 Prostate MRI Assessment of Extra-prostatic Anatomic Site.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1405.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
MaleExternalUrethralSphincter: _Final[_groups.Cid6348Code]
NeurovascularBundleOfProstate: _Final[_groups.Cid6348Code]
SeminalVesicle: _Final[_groups.Cid6348Code]
LymphNode: _Final[_groups.Cid6348Code]
Rectum: _Final[_groups.Cid6348Code]
MEMBERS: _Final[tuple[_groups.Cid6348Code, ...]]
