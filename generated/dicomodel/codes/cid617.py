"""CID 617 Airway Management Method Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1082.
Includes CID 618.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 617
NAME: _Final[str] = "Airway Management Method Code Type for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "AirwayManagementMethodCodeTypeForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1082"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = (618,)
EXTERNAL_SCHEME: _Final[str | None] = None

NoseCone: _Final[_Code] = _Code("DCM", "127060", "Nose cone", (617,))
"""Nose cone (DCM 127060)."""

ControlledVentilation: _Final[_Code] = _Code("SCT", "243147009", "Controlled Ventilation", (618,))
"""Controlled Ventilation (SCT 243147009). Included from CID 618."""

ArtificialRespiration: _Final[_Code] = _Code("SCT", "40617009", "Artificial Respiration", (618,))
"""Artificial Respiration (SCT 40617009). Included from CID 618."""

OxygenTherapy: _Final[_Code] = _Code("SCT", "57485005", "Oxygen Therapy", (618,))
"""Oxygen Therapy (SCT 57485005). Included from CID 618."""

LaryngealMaskAirwayLMA: _Final[_Code] = _Code(
    "SCT", "424979004", "Laryngeal Mask Airway (LMA)", (618,)
)
"""Laryngeal Mask Airway (LMA) (SCT 424979004). Included from CID 618."""

IntubationOfRespiratoryTract: _Final[_Code] = _Code(
    "SCT", "447996002", "Intubation of respiratory tract", (618,)
)
"""Intubation of respiratory tract (SCT 447996002). Included from CID 618."""

AnestheticFaceMask: _Final[_Code] = _Code("SCT", "297120004", "Anesthetic face mask", (618,))
"""Anesthetic face mask (SCT 297120004). Included from CID 618."""

NasalCannula: _Final[_Code] = _Code("DCM", "127061", "Nasal cannula", (618,))
"""Nasal cannula (DCM 127061). Included from CID 618."""

ViaTracheostomy: _Final[_Code] = _Code("SCT", "180640008", "Via tracheostomy", (618,))
"""Via tracheostomy (SCT 180640008). Included from CID 618."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NoseCone,
    ControlledVentilation,
    ArtificialRespiration,
    OxygenTherapy,
    LaryngealMaskAirwayLMA,
    IntubationOfRespiratoryTract,
    AnestheticFaceMask,
    NasalCannula,
    ViaTracheostomy,
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
