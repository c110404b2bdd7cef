"""CID 12303 Echo Measurement Type.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1144.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12303
NAME: _Final[str] = "Echo Measurement Type"
KEYWORD: _Final[str | None] = "EchoMeasurementType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1144"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20161109"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Indexed: _Final[_Code] = _Code("DCM", "125313", "Indexed", (12303,))
"""Indexed (DCM 125313)."""

Ratio: _Final[_Code] = _Code("SCT", "118586006", "Ratio", (12303,))
"""Ratio (SCT 118586006)."""

FractionalChange: _Final[_Code] = _Code("DCM", "125314", "Fractional Change", (12303,))
"""Fractional Change (DCM 125314)."""

Calculated: _Final[_Code] = _Code("DCM", "125315", "Calculated", (12303,))
"""Calculated (DCM 125315)."""

ManualEntry: _Final[_Code] = _Code("DCM", "113857", "Manual Entry", (4240, 10020, 10021, 12303))
"""Manual Entry (DCM 113857)."""

DirectlyMeasured: _Final[_Code] = _Code("DCM", "125316", "Directly measured", (12227, 12303))
"""Directly measured (DCM 125316)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Indexed,
    Ratio,
    FractionalChange,
    Calculated,
    ManualEntry,
    DirectlyMeasured,
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
