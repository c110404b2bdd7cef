"""CID 617 Airway Management Method Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1082.
Includes CID 618.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 617
NAME: Final[str] = "Airway Management Method Code Type for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "AirwayManagementMethodCodeTypeForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1082"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = (618,)
EXTERNAL_SCHEME: Final[str | None] = None

NoseCone: Final[Code] = Code("DCM", "127060", "Nose cone", (617,))
"""Nose cone (DCM 127060)."""

ControlledVentilation: Final[Code] = Code("SCT", "243147009", "Controlled Ventilation", (618,))
"""Controlled Ventilation (SCT 243147009). Included from CID 618."""

ArtificialRespiration: Final[Code] = Code("SCT", "40617009", "Artificial Respiration", (618,))
"""Artificial Respiration (SCT 40617009). Included from CID 618."""

OxygenTherapy: Final[Code] = Code("SCT", "57485005", "Oxygen Therapy", (618,))
"""Oxygen Therapy (SCT 57485005). Included from CID 618."""

LaryngealMaskAirwayLMA: Final[Code] = Code(
    "SCT", "424979004", "Laryngeal Mask Airway (LMA)", (618,)
)
"""Laryngeal Mask Airway (LMA) (SCT 424979004). Included from CID 618."""

IntubationOfRespiratoryTract: Final[Code] = Code(
    "SCT", "447996002", "Intubation of respiratory tract", (618,)
)
"""Intubation of respiratory tract (SCT 447996002). Included from CID 618."""

AnestheticFaceMask: Final[Code] = Code("SCT", "297120004", "Anesthetic face mask", (618,))
"""Anesthetic face mask (SCT 297120004). Included from CID 618."""

NasalCannula: Final[Code] = Code("DCM", "127061", "Nasal cannula", (618,))
"""Nasal cannula (DCM 127061). Included from CID 618."""

ViaTracheostomy: Final[Code] = Code("SCT", "180640008", "Via tracheostomy", (618,))
"""Via tracheostomy (SCT 180640008). Included from CID 618."""

MEMBERS: Final[tuple[Code, ...]] = (
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
