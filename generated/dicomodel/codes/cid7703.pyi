"""CID 7703 Association Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1015.

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
SuperiorLongitudinalFasciculus: _Final[_Code]
SuperiorLongitudinalFasciculusI: _Final[_Code]
SuperiorLongitudinalFasciculusII: _Final[_Code]
SuperiorLongitudinalFasciculusIII: _Final[_Code]
ArcuateFasciculus: _Final[_Code]
InferiorLongitudinalFasciculus: _Final[_Code]
SuperiorFrontoOccipitalFasciculus: _Final[_Code]
InferiorFrontoOccipitalFasciculus: _Final[_Code]
UncinateFasciculus: _Final[_Code]
VerticalOccipitalFasciculus: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
