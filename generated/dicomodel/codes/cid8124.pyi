"""CID 8124 Microscopy Filter.

Extensible, version 20100824, UID 1.2.840.10008.6.1.901.

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
GreenOpticalFilter: _Final[_Code]
RedOpticalFilter: _Final[_Code]
BlueOpticalFilter: _Final[_Code]
InfraredOpticalFilter: _Final[_Code]
PolarizingOpticalFilter: _Final[_Code]
VioletOpticalFilter: _Final[_Code]
UltravioletOpticalFilter: _Final[_Code]
DichroicBeamsplitter: _Final[_Code]
HoffmanModulator: _Final[_Code]
DarkfieldStop: _Final[_Code]
RheinbergFilter: _Final[_Code]
PhaseContrastPlate: _Final[_Code]
CondenserAnnulus: _Final[_Code]
NomarskiPrism: _Final[_Code]
DeSénarmontCompensator: _Final[_Code]
NoFilter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
