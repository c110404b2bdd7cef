"""CID 9250 Scheduled Processing Parameter Concept Codes for RT Treatment.

Extensible, version 20170413, UID 1.2.840.10008.6.1.971.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9250
NAME: Final[str] = "Scheduled Processing Parameter Concept Codes for RT Treatment"
KEYWORD: Final[str | None] = "ScheduledProcessingParameterConceptCodesForRTTreatment"
UID: Final[str | None] = "1.2.840.10008.6.1.971"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TreatmentDeliveryType: Final[Code] = Code("DCM", "121740", "Treatment Delivery Type", (9250,))
"""Treatment Delivery Type (DCM 121740)."""

MEMBERS: Final[tuple[Code, ...]] = (TreatmentDeliveryType,)
"""The resolved membership: own members, then those of the included groups, in order."""
