"""CID 7500 Neighbourhood Grey Tone Difference Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1273.

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
CoarsenessOfNGTDM: _Final[_groups.Cid7500Code]
ContrastOfNGTDM: _Final[_groups.Cid7500Code]
BusynessOfNGTDM: _Final[_groups.Cid7500Code]
ComplexityOfNGTDM: _Final[_groups.Cid7500Code]
StrengthOfNGTDM: _Final[_groups.Cid7500Code]
MEMBERS: _Final[tuple[_groups.Cid7500Code, ...]]
