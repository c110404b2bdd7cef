"""CID 12215 Echocardiography Vena Cava Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.607.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12215
NAME: _Final[str] = "Echocardiography Vena Cava Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyVenaCavaMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.607"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: _Final[str | None] = None

InferiorVenaCavaDiameter: _Final[_Code] = _Code(
    "LN", "18006-7", "Inferior Vena Cava Diameter", (12215,)
)
"""Inferior Vena Cava Diameter (LN 18006-7)."""

InferiorVenaCavaPercentCollapse: _Final[_Code] = _Code(
    "LN", "18050-5", "Inferior Vena Cava % Collapse", (12215,)
)
"""Inferior Vena Cava % Collapse (LN 18050-5)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InferiorVenaCavaDiameter,
    InferiorVenaCavaPercentCollapse,
    HeartRate,
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
