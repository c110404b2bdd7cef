"""CID 6059 Breast Implant Type.

Extensible, version 20190817, UID 1.2.840.10008.6.1.388.

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
BreastImplantTypeNotSpecified: _Final[_groups.Cid6059Code]
SiliconeGelImplant: _Final[_groups.Cid6059Code]
SalineImplant: _Final[_groups.Cid6059Code]
PolyurethaneImplant: _Final[_groups.Cid6059Code]
PercutaneousSiliconeInjection: _Final[_groups.Cid6059Code]
CombinationImplant: _Final[_groups.Cid6059Code]
PrePectoralImplant: _Final[_groups.Cid6059Code]
RetroPectoralImplant: _Final[_groups.Cid6059Code]
MEMBERS: _Final[tuple[_groups.Cid6059Code, ...]]
