"""CID 7001 Diagnostic Imaging Report Heading.

Extensible, version 20150324, UID 1.2.840.10008.6.1.482.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

History: _Final[_groups.Cid7001Code]
Request: _Final[_groups.Cid7001Code]
CurrentProcedureDescriptions: _Final[_groups.Cid7001Code]
PriorProcedureDescriptions: _Final[_groups.Cid7001Code]
PreviousFindings: _Final[_groups.Cid7001Code]
Findings: _Final[_groups.Cid7001Code]
Impressions: _Final[_groups.Cid7001Code]
Recommendations: _Final[_groups.Cid7001Code]
Conclusions: _Final[_groups.Cid7001Code]
Addendum: _Final[_groups.Cid7001Code]
IndicationsForProcedure: _Final[_groups.Cid7001Code]
PatientPresentation: _Final[_groups.Cid7001Code]
Complications: _Final[_groups.Cid7001Code]
Summary: _Final[_groups.Cid7001Code]
KeyImages: _Final[_groups.Cid7001Code]
RadiationExposureAndProtectionInformation: _Final[_groups.Cid7001Code]
ClinicalInformation: _Final[_groups.Cid7001Code]
MedicationsAdministered: _Final[_groups.Cid7001Code]
CommunicationOfCriticalResults: _Final[_groups.Cid7001Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7001Code]]
