"""CID 7453 Performing Role.

Extensible, version 20180326, UID 1.2.840.10008.6.1.517.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7453
NAME: _Final[str] = "Performing Role"
KEYWORD: _Final[str | None] = "PerformingRole"
UID: _Final[str | None] = "1.2.840.10008.6.1.517"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Performing: _Final[_Code] = _Code("DCM", "121094", "Performing", (7453,))
"""Performing (DCM 121094)."""

Referring: _Final[_Code] = _Code("UMLS", "C1709880", "Referring", (7453,))
"""Referring (UMLS C1709880)."""

Requesting: _Final[_Code] = _Code("DCM", "121096", "Requesting", (7453,))
"""Requesting (DCM 121096)."""

Recording: _Final[_Code] = _Code("DCM", "121097", "Recording", (7445, 7453))
"""Recording (DCM 121097)."""

Verifying: _Final[_Code] = _Code("DCM", "121098", "Verifying", (7453,))
"""Verifying (DCM 121098)."""

Assisting: _Final[_Code] = _Code("DCM", "121099", "Assisting", (7453,))
"""Assisting (DCM 121099)."""

CirculatingNurse: _Final[_Code] = _Code("SCT", "413854007", "Circulating Nurse", (7453,))
"""Circulating Nurse (SCT 413854007)."""

Standby: _Final[_Code] = _Code("DCM", "121101", "Standby", (7453,))
"""Standby (DCM 121101)."""

IrradiationAuthorizing: _Final[_Code] = _Code("DCM", "113850", "Irradiation Authorizing", (7453,))
"""Irradiation Authorizing (DCM 113850)."""

IrradiationAdministering: _Final[_Code] = _Code(
    "DCM", "113851", "Irradiation Administering", (7453,)
)
"""Irradiation Administering (DCM 113851)."""

Reader: _Final[_Code] = _Code("NCIt", "C28747", "Reader", (7453,))
"""Reader (NCIt C28747)."""

EligibilityReader: _Final[_Code] = _Code("DCM", "129001", "Eligibility Reader", (7453,))
"""Eligibility Reader (DCM 129001)."""

Adjudicator: _Final[_Code] = _Code("NCIt", "C96561", "Adjudicator", (7453,))
"""Adjudicator (NCIt C96561)."""

Reviewer: _Final[_Code] = _Code("NCIt", "C54634", "Reviewer", (7453,))
"""Reviewer (NCIt C54634)."""

Designator: _Final[_Code] = _Code("DCM", "129002", "Designator", (7453,))
"""Designator (DCM 129002)."""

ImageQualityController: _Final[_Code] = _Code("DCM", "129003", "Image Quality Controller", (7453,))
"""Image Quality Controller (DCM 129003)."""

ResultsQualityController: _Final[_Code] = _Code(
    "DCM", "129004", "Results Quality Controller", (7453,)
)
"""Results Quality Controller (DCM 129004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
