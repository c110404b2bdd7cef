"""CID 7015 Export Delay Reason.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1179.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7015
NAME: _Final[str] = "Export Delay Reason"
KEYWORD: _Final[str | None] = "ExportDelayReason"
UID: _Final[str | None] = "1.2.840.10008.6.1.1179"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DelayExportUntilFinalReportIsAvailable: _Final[_Code] = _Code(
    "DCM", "128715", "Delay export until final report is available", (7015,)
)
"""Delay export until final report is available (DCM 128715)."""

DelayExportUntilClinicalInformationIsAvailable: _Final[_Code] = _Code(
    "DCM", "128716", "Delay export until clinical information is available", (7015,)
)
"""Delay export until clinical information is available (DCM 128716)."""

DelayExportUntilConfirmationOfDiagnosisIsAvailable: _Final[_Code] = _Code(
    "DCM", "128717", "Delay export until confirmation of diagnosis is available", (7015,)
)
"""Delay export until confirmation of diagnosis is available (DCM 128717)."""

DelayExportUntilHistopathologyIsAvailable: _Final[_Code] = _Code(
    "DCM", "128718", "Delay export until histopathology is available", (7015,)
)
"""Delay export until histopathology is available (DCM 128718)."""

DelayExportUntilOtherLaboratoryResultsAreAvailable: _Final[_Code] = _Code(
    "DCM", "128719", "Delay export until other laboratory results are available", (7015,)
)
"""Delay export until other laboratory results are available (DCM 128719)."""

DelayExportUntilPatientIsDischarged: _Final[_Code] = _Code(
    "DCM", "128720", "Delay export until patient is discharged", (7015,)
)
"""Delay export until patient is discharged (DCM 128720)."""

DelayExportUntilPatientDies: _Final[_Code] = _Code(
    "DCM", "128721", "Delay export until patient dies", (7015,)
)
"""Delay export until patient dies (DCM 128721)."""

DelayExportUntilExpertReviewIsAvailable: _Final[_Code] = _Code(
    "DCM", "128722", "Delay export until expert review is available", (7015,)
)
"""Delay export until expert review is available (DCM 128722)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DelayExportUntilFinalReportIsAvailable,
    DelayExportUntilClinicalInformationIsAvailable,
    DelayExportUntilConfirmationOfDiagnosisIsAvailable,
    DelayExportUntilHistopathologyIsAvailable,
    DelayExportUntilOtherLaboratoryResultsAreAvailable,
    DelayExportUntilPatientIsDischarged,
    DelayExportUntilPatientDies,
    DelayExportUntilExpertReviewIsAvailable,
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
