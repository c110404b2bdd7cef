"""CID 10008 Dose Related Distance Measurement.

Extensible, version 20170914, UID 1.2.840.10008.6.1.541.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10008
NAME: _Final[str] = "Dose Related Distance Measurement"
KEYWORD: _Final[str | None] = "DoseRelatedDistanceMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.541"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DistanceSourceToIsocenter: _Final[_Code] = _Code(
    "DCM", "113748", "Distance Source to Isocenter", (10008,)
)
"""Distance Source to Isocenter (DCM 113748)."""

DistanceSourceToReferencePoint: _Final[_Code] = _Code(
    "DCM", "113737", "Distance Source to Reference Point", (10008,)
)
"""Distance Source to Reference Point (DCM 113737)."""

DistanceSourceToDetector: _Final[_Code] = _Code(
    "DCM", "113750", "Distance Source to Detector", (10008,)
)
"""Distance Source to Detector (DCM 113750)."""

TableLongitudinalPosition: _Final[_Code] = _Code(
    "DCM", "113751", "Table Longitudinal Position", (10008,)
)
"""Table Longitudinal Position (DCM 113751)."""

TableLateralPosition: _Final[_Code] = _Code("DCM", "113752", "Table Lateral Position", (10008,))
"""Table Lateral Position (DCM 113752)."""

TableHeightPosition: _Final[_Code] = _Code("DCM", "113753", "Table Height Position", (10008,))
"""Table Height Position (DCM 113753)."""

DistanceSourceToTablePlane: _Final[_Code] = _Code(
    "DCM", "113792", "Distance Source to Table Plane", (10008,)
)
"""Distance Source to Table Plane (DCM 113792)."""

TableLongitudinalEndPosition: _Final[_Code] = _Code(
    "DCM", "113759", "Table Longitudinal End Position", (10008,)
)
"""Table Longitudinal End Position (DCM 113759)."""

TableLateralEndPosition: _Final[_Code] = _Code(
    "DCM", "113760", "Table Lateral End Position", (10008,)
)
"""Table Lateral End Position (DCM 113760)."""

TableHeightEndPosition: _Final[_Code] = _Code(
    "DCM", "113761", "Table Height End Position", (10008,)
)
"""Table Height End Position (DCM 113761)."""

TableXPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128766", "Table X Position to Isocenter", (10008,)
)
"""Table X Position to Isocenter (DCM 128766)."""

TableYPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128767", "Table Y Position to Isocenter", (10008,)
)
"""Table Y Position to Isocenter (DCM 128767)."""

TableZPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128768", "Table Z Position to Isocenter", (10008,)
)
"""Table Z Position to Isocenter (DCM 128768)."""

TableXEndPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128769", "Table X End Position to Isocenter", (10008,)
)
"""Table X End Position to Isocenter (DCM 128769)."""

TableYEndPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128770", "Table Y End Position to Isocenter", (10008,)
)
"""Table Y End Position to Isocenter (DCM 128770)."""

TableZEndPositionToIsocenter: _Final[_Code] = _Code(
    "DCM", "128771", "Table Z End Position to Isocenter", (10008,)
)
"""Table Z End Position to Isocenter (DCM 128771)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DistanceSourceToIsocenter,
    DistanceSourceToReferencePoint,
    DistanceSourceToDetector,
    TableLongitudinalPosition,
    TableLateralPosition,
    TableHeightPosition,
    DistanceSourceToTablePlane,
    TableLongitudinalEndPosition,
    TableLateralEndPosition,
    TableHeightEndPosition,
    TableXPositionToIsocenter,
    TableYPositionToIsocenter,
    TableZPositionToIsocenter,
    TableXEndPositionToIsocenter,
    TableYEndPositionToIsocenter,
    TableZEndPositionToIsocenter,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
