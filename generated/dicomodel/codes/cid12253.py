"""CID 12253 Cardiac Ultrasound Area Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.834.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12253
NAME: _Final[str] = "Cardiac Ultrasound Area Measurement"
KEYWORD: _Final[str | None] = "CardiacUltrasoundAreaMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.834"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FlowArea: _Final[_Code] = _Code("LN", "20226-7", "Flow Area", (12253,))
"""Flow Area (LN 20226-7)."""

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

JetArea: _Final[_Code] = _Code("LN", "59123-0", "Jet Area", (12253,))
"""Jet Area (LN 59123-0)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FlowArea, Area, JetArea)
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
