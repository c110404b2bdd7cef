"""CID 6060 Breast Biopsy Technique.

Extensible, version 20160314, UID 1.2.840.10008.6.1.389.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Lumpectomy: _Final[_groups.Cid6060Code]
Mastectomy: _Final[_groups.Cid6060Code]
QuadrantectomyOfBreast: _Final[_groups.Cid6060Code]
DiagnosticRadiographyStereotacticLocalization: _Final[_groups.Cid6060Code]
UltrasonicGuidanceProcedure: _Final[_groups.Cid6060Code]
Mammography: _Final[_groups.Cid6060Code]
Mammographic_111487: _Final[_groups.Cid6060Code]
Mammographic_111488: _Final[_groups.Cid6060Code]
MagneticResonanceImagingGuidedBiopsy: _Final[_groups.Cid6060Code]
ComputedTomographyGuidedBiopsy: _Final[_groups.Cid6060Code]
PalpationGuided: _Final[_groups.Cid6060Code]
VacuumAssisted: _Final[_groups.Cid6060Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6060Code]]
