"""CID 6158 Correlation to Other Finding.

Extensible, version 20050822, UID 1.2.840.10008.6.1.472.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CorrelatesToPhysicalExaminationFindings: _Final[_groups.Cid6158Code]
CorrelatesToMammographyFindings: _Final[_groups.Cid6158Code]
CorrelatesToMRIFindings: _Final[_groups.Cid6158Code]
CorrelatesToUltrasoundFindings: _Final[_groups.Cid6158Code]
CorrelatesToOtherImagingFindings: _Final[_groups.Cid6158Code]
NoCorrelationToOtherImagingFindings: _Final[_groups.Cid6158Code]
NoCorrelationToClinicalFindings: _Final[_groups.Cid6158Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6158Code]]
