"""CID 3019 Cardiovascular Anatomic Structure Modifier.

Extensible, version 20240611, UID 1.2.840.10008.6.1.49.
Includes CID 247, CID 212.

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
GraftToDistalAnastomosis: _Final[_Code]
GraftToProximalAnastomosis: _Final[_Code]
Ostium: _Final[_Code]
EntireVessel: _Final[_Code]
AneurysmOnCitedVessel: _Final[_Code]
GraftToCitedSegmentProximalSection: _Final[_Code]
GraftToCitedSegmentMidSection: _Final[_Code]
GraftToCitedSegmentDistalSection: _Final[_Code]
Right: _Final[_Code]
Left: _Final[_Code]
Anterior: _Final[_Code]
Central: _Final[_Code]
Distal: _Final[_Code]
Inferior: _Final[_Code]
Lateral: _Final[_Code]
Median: _Final[_Code]
Middle: _Final[_Code]
MidLongitudinal: _Final[_Code]
Posterior: _Final[_Code]
Proximal: _Final[_Code]
Superior: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
