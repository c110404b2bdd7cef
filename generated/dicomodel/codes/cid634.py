"""CID 634 Animal Handling Phase.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1099.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 634
NAME: Final[str] = "Animal Handling Phase"
KEYWORD: Final[str | None] = "AnimalHandlingPhase"
UID: Final[str | None] = "1.2.840.10008.6.1.1099"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

InHomeCage: Final[Code] = Code("DCM", "127101", "In home cage", (634,))
"""In home cage (DCM 127101)."""

DuringTransport: Final[Code] = Code("DCM", "127102", "During transport", (634,))
"""During transport (DCM 127102)."""

StagingPriorToImaging: Final[Code] = Code("DCM", "127103", "Staging prior to imaging", (634,))
"""Staging prior to imaging (DCM 127103)."""

PreparationForImaging: Final[Code] = Code("DCM", "127104", "Preparation for imaging", (634,))
"""Preparation for imaging (DCM 127104)."""

AnesthesiaInduction: Final[Code] = Code("SCT", "241687005", "Anesthesia induction", (634,))
"""Anesthesia induction (SCT 241687005)."""

ImagingProcedure: Final[Code] = Code("SCT", "363679005", "Imaging procedure", (100, 634))
"""Imaging procedure (SCT 363679005)."""

AnesthesiaRecoveryPeriod: Final[Code] = Code(
    "UMLS", "C0002908", "Anesthesia recovery period", (634,)
)
"""Anesthesia recovery period (UMLS C0002908)."""

MEMBERS: Final[tuple[Code, ...]] = (
    InHomeCage,
    DuringTransport,
    StagingPriorToImaging,
    PreparationForImaging,
    AnesthesiaInduction,
    ImagingProcedure,
    AnesthesiaRecoveryPeriod,
)
"""The resolved membership: own members, then those of the included groups, in order."""
