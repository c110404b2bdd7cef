"""CID 4242 Cornea Measurement Method Descriptor.

Extensible, version 20190124, UID 1.2.840.10008.6.1.1275.
Includes CID 4235.

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
TotalCorneaPowerMeasurementMethod: _Final[_groups.Cid4242Code]
PosteriorCorneaSurfaceMeasurementMethod: _Final[_groups.Cid4242Code]
ManualKeratometry: _Final[_groups.Cid4242Code]
AutoKeratometry: _Final[_groups.Cid4242Code]
SimulatedKeratometry: _Final[_groups.Cid4242Code]
EquivalentKReading: _Final[_groups.Cid4242Code]
MEMBERS: _Final[tuple[_groups.Cid4242Code, ...]]
