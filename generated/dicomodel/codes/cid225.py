"""CID 225 Measurement Uncertainty Concept.

Extensible, version 20030327, UID 1.2.840.10008.6.1.30.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 225
NAME: _Final[str] = "Measurement Uncertainty Concept"
KEYWORD: _Final[str | None] = "MeasurementUncertaintyConcept"
UID: _Final[str | None] = "1.2.840.10008.6.1.30"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RangeOfMeasurementUncertainty: _Final[_Code] = _Code(
    "SCT", "371884006", "+/-, range of measurement uncertainty", (225,)
)
"""+/-, range of measurement uncertainty (SCT 371884006)."""

RangeOfUpperMeasurementUncertainty: _Final[_Code] = _Code(
    "SCT", "371886008", "+, range of upper measurement uncertainty", (225,)
)
"""+, range of upper measurement uncertainty (SCT 371886008)."""

RangeOfLowerMeasurementUncertainty: _Final[_Code] = _Code(
    "SCT", "371885007", "-, range of lower measurement uncertainty", (225,)
)
"""-, range of lower measurement uncertainty (SCT 371885007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RangeOfMeasurementUncertainty,
    RangeOfUpperMeasurementUncertainty,
    RangeOfLowerMeasurementUncertainty,
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
