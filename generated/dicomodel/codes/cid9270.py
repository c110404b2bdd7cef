"""CID 9270 Acquisition Initiation Types.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1469.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9270
NAME: Final[str] = "Acquisition Initiation Types"
KEYWORD: Final[str | None] = "AcquisitionInitiationTypes"
UID: Final[str | None] = "1.2.840.10008.6.1.1469"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AcquisitionInitiationNotDefined: Final[Code] = Code(
    "DCM", "130792", "Acquisition Initiation not defined", (9270,)
)
"""Acquisition Initiation not defined (DCM 130792)."""

AcquisitionInitiationBeforeStartOfRadiation: Final[Code] = Code(
    "DCM", "130793", "Acquisition Initiation before start of Radiation", (9270,)
)
"""Acquisition Initiation before start of Radiation (DCM 130793)."""

AcquisitionInitiationAfterEndOfRadiation: Final[Code] = Code(
    "DCM", "130794", "Acquisition Initiation after end of Radiation", (9270,)
)
"""Acquisition Initiation after end of Radiation (DCM 130794)."""

AcquisitionInitiationByTriggeringParameter: Final[Code] = Code(
    "DCM", "130795", "Acquisition Initiation by triggering parameter", (9270,)
)
"""Acquisition Initiation by triggering parameter (DCM 130795)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AcquisitionInitiationNotDefined,
    AcquisitionInitiationBeforeStartOfRadiation,
    AcquisitionInitiationAfterEndOfRadiation,
    AcquisitionInitiationByTriggeringParameter,
)
"""The resolved membership: own members, then those of the included groups, in order."""
