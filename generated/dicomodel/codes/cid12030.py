"""CID 12030 Ultrasound Contrast/Bolus Agent.

Extensible, version 20160605, UID 1.2.840.10008.6.1.805.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12030
NAME: _Final[str] = "Ultrasound Contrast/Bolus Agent"
KEYWORD: _Final[str | None] = "UltrasoundContrastBolusAgent"
UID: _Final[str | None] = "1.2.840.10008.6.1.805"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cardiosphere: _Final[_Code] = _Code("DCM", "125901", "CARDIOsphere", (12030,))
"""CARDIOsphere (DCM 125901)."""

Definity: _Final[_Code] = _Code("NDC", "11994-011-04", "Definity", (12030,))
"""Definity (NDC 11994-011-04)."""

Echovist: _Final[_Code] = _Code("DCM", "125902", "Echovist", (12030,))
"""Echovist (DCM 125902)."""

Imagify: _Final[_Code] = _Code("DCM", "125903", "Imagify", (12030,))
"""Imagify (DCM 125903)."""

Levovist: _Final[_Code] = _Code("DCM", "125904", "Levovist", (12030,))
"""Levovist (DCM 125904)."""

Optison: _Final[_Code] = _Code("NDC", "0407-2707-03", "Optison", (12030,))
"""Optison (NDC 0407-2707-03)."""

Sonazoid: _Final[_Code] = _Code("DCM", "125905", "Sonazoid", (12030,))
"""Sonazoid (DCM 125905)."""

Sonovue: _Final[_Code] = _Code("DCM", "125906", "SonoVue", (12030,))
"""SonoVue (DCM 125906)."""

TargestarB: _Final[_Code] = _Code("DCM", "125907", "Targestar-B", (12030,))
"""Targestar-B (DCM 125907)."""

TargestarP: _Final[_Code] = _Code("DCM", "125908", "Targestar-P", (12030,))
"""Targestar-P (DCM 125908)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Cardiosphere,
    Definity,
    Echovist,
    Imagify,
    Levovist,
    Optison,
    Sonazoid,
    Sonovue,
    TargestarB,
    TargestarP,
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
