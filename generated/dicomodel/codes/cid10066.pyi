"""CID 10066 Attenuator Category.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1160.

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
Table: _Final[_Code]
TableCore: _Final[_Code]
TableOuterLiner: _Final[_Code]
TablePad: _Final[_Code]
XRayShield: _Final[_Code]
BeamBlock: _Final[_Code]
ShieldingBlock: _Final[_Code]
PatientSupport: _Final[_Code]
XRayFilters: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
