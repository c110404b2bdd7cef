"""CID 3821 Papillary Muscle Included/Excluded.

Extensible, version 20051103, UID 1.2.840.10008.6.1.277.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PapillaryMuscleExcluded: _Final[_Code]
PapillaryMuscleIncluded: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
