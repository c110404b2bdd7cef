"""CID 3019 Cardiovascular Anatomic Structure Modifier.

Extensible, version 20240611, UID 1.2.840.10008.6.1.49.
Includes CID 247, CID 212.

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
GraftToDistalAnastomosis: _Final[_groups.Cid3019Code]
GraftToProximalAnastomosis: _Final[_groups.Cid3019Code]
Ostium: _Final[_groups.Cid3019Code]
EntireVessel: _Final[_groups.Cid3019Code]
AneurysmOnCitedVessel: _Final[_groups.Cid3019Code]
GraftToCitedSegmentProximalSection: _Final[_groups.Cid3019Code]
GraftToCitedSegmentMidSection: _Final[_groups.Cid3019Code]
GraftToCitedSegmentDistalSection: _Final[_groups.Cid3019Code]
Right: _Final[_groups.Cid3019Code]
Left: _Final[_groups.Cid3019Code]
Anterior: _Final[_groups.Cid3019Code]
Central: _Final[_groups.Cid3019Code]
Distal: _Final[_groups.Cid3019Code]
Inferior: _Final[_groups.Cid3019Code]
Lateral: _Final[_groups.Cid3019Code]
Median: _Final[_groups.Cid3019Code]
Middle: _Final[_groups.Cid3019Code]
MidLongitudinal: _Final[_groups.Cid3019Code]
Posterior: _Final[_groups.Cid3019Code]
Proximal: _Final[_groups.Cid3019Code]
Superior: _Final[_groups.Cid3019Code]
MEMBERS: _Final[tuple[_groups.Cid3019Code, ...]]
