"""CID 7453 Performing Role.

Extensible, version 20180326, UID 1.2.840.10008.6.1.517.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7453
NAME: Final[str] = "Performing Role"
KEYWORD: Final[str | None] = "PerformingRole"
UID: Final[str | None] = "1.2.840.10008.6.1.517"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180326"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Performing: Final[Code] = Code("DCM", "121094", "Performing", (7453,))
"""Performing (DCM 121094)."""

Referring: Final[Code] = Code("UMLS", "C1709880", "Referring", (7453,))
"""Referring (UMLS C1709880)."""

Requesting: Final[Code] = Code("DCM", "121096", "Requesting", (7453,))
"""Requesting (DCM 121096)."""

Recording: Final[Code] = Code("DCM", "121097", "Recording", (7445, 7453))
"""Recording (DCM 121097)."""

Verifying: Final[Code] = Code("DCM", "121098", "Verifying", (7453,))
"""Verifying (DCM 121098)."""

Assisting: Final[Code] = Code("DCM", "121099", "Assisting", (7453,))
"""Assisting (DCM 121099)."""

CirculatingNurse: Final[Code] = Code("SCT", "413854007", "Circulating Nurse", (7453,))
"""Circulating Nurse (SCT 413854007)."""

Standby: Final[Code] = Code("DCM", "121101", "Standby", (7453,))
"""Standby (DCM 121101)."""

IrradiationAuthorizing: Final[Code] = Code("DCM", "113850", "Irradiation Authorizing", (7453,))
"""Irradiation Authorizing (DCM 113850)."""

IrradiationAdministering: Final[Code] = Code("DCM", "113851", "Irradiation Administering", (7453,))
"""Irradiation Administering (DCM 113851)."""

Reader: Final[Code] = Code("NCIt", "C28747", "Reader", (7453,))
"""Reader (NCIt C28747)."""

EligibilityReader: Final[Code] = Code("DCM", "129001", "Eligibility Reader", (7453,))
"""Eligibility Reader (DCM 129001)."""

Adjudicator: Final[Code] = Code("NCIt", "C96561", "Adjudicator", (7453,))
"""Adjudicator (NCIt C96561)."""

Reviewer: Final[Code] = Code("NCIt", "C54634", "Reviewer", (7453,))
"""Reviewer (NCIt C54634)."""

Designator: Final[Code] = Code("DCM", "129002", "Designator", (7453,))
"""Designator (DCM 129002)."""

ImageQualityController: Final[Code] = Code("DCM", "129003", "Image Quality Controller", (7453,))
"""Image Quality Controller (DCM 129003)."""

ResultsQualityController: Final[Code] = Code("DCM", "129004", "Results Quality Controller", (7453,))
"""Results Quality Controller (DCM 129004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Performing,
    Referring,
    Requesting,
    Recording,
    Verifying,
    Assisting,
    CirculatingNurse,
    Standby,
    IrradiationAuthorizing,
    IrradiationAdministering,
    Reader,
    EligibilityReader,
    Adjudicator,
    Reviewer,
    Designator,
    ImageQualityController,
    ResultsQualityController,
)
"""The resolved membership: own members, then those of the included groups, in order."""
