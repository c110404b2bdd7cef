"""CID 3820 Non-invasive Vascular Procedure.

Extensible, version 20220922, UID 1.2.840.10008.6.1.276.

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
VascularMRI: _Final[_groups.Cid3820Code]
CardiacMRI: _Final[_groups.Cid3820Code]
CardiovascularCT: _Final[_groups.Cid3820Code]
CTOfAbdominalAorta: _Final[_groups.Cid3820Code]
CTOfAbdominalAortaWithoutContrast: _Final[_groups.Cid3820Code]
CTArteriographyOfAbdominalAortaWithContrast: _Final[_groups.Cid3820Code]
TrunkAngiography: _Final[_groups.Cid3820Code]
PeripheralAngiography: _Final[_groups.Cid3820Code]
MEMBERS: _Final[tuple[_groups.Cid3820Code, ...]]
