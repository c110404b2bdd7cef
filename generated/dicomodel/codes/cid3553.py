"""CID 3553 Circulatory Support.

Extensible, version 20030327, UID 1.2.840.10008.6.1.149.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3553
NAME: _Final[str] = "Circulatory Support"
KEYWORD: _Final[str | None] = "CirculatorySupport"
UID: _Final[str | None] = "1.2.840.10008.6.1.149"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IntraAorticBalloonPump: _Final[_Code] = _Code(
    "SCT", "129113006", "Intra-Aortic Balloon Pump", (3429, 3553)
)
"""Intra-Aortic Balloon Pump (SCT 129113006)."""

ExternalCounterPulsation: _Final[_Code] = _Code(
    "SCT", "371790000", "External Counter-Pulsation", (3553,)
)
"""External Counter-Pulsation (SCT 371790000)."""

LeftVentricularAssistDevice: _Final[_Code] = _Code(
    "SCT", "360066001", "Left Ventricular Assist Device", (3553, 3777, 7157)
)
"""Left Ventricular Assist Device (SCT 360066001)."""

ExtraCorporealCirculation: _Final[_Code] = _Code(
    "SCT", "182744004", "Extra-corporeal circulation", (3553,)
)
"""Extra-corporeal circulation (SCT 182744004)."""

CardiopulmonaryBypass: _Final[_Code] = _Code("SCT", "63697000", "Cardiopulmonary bypass", (3553,))
"""Cardiopulmonary bypass (SCT 63697000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IntraAorticBalloonPump,
    ExternalCounterPulsation,
    LeftVentricularAssistDevice,
    ExtraCorporealCirculation,
    CardiopulmonaryBypass,
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
