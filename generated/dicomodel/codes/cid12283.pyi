"""CID 12283 Cardiac Ultrasound Venous Return Pulmonary Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.863.

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
PulmonaryVein: _Final[_Code]
PulmonaryVeinGreatVessel: _Final[_Code]
CorTriatriatumOrifice: _Final[_Code]
PulmonaryVeinToAtriumConnection: _Final[_Code]
MustardOrSenningPulmonaryVenousPathway: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
