"""CID 4240 Ophthalmic Measurement or Calculation Data Source.

Extensible, version 20190124, UID 1.2.840.10008.6.1.886.

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
MeasurementFromThisDevice: _Final[_groups.Cid4240Code]
ManualEntry: _Final[_groups.Cid4240Code]
ExternalDataSource: _Final[_groups.Cid4240Code]
AxialMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
RefractiveMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
AutorefractionMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
KeratometryMeasurementsSOPInstance: _Final[_groups.Cid4240Code]
MEMBERS: _Final[tuple[_groups.Cid4240Code, ...]]
