"""CID 8111 Specimen Preparation Procedure.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1049.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SpecimenCollection: _Final[_groups.Cid8111Code]
SpecimenReceiving: _Final[_groups.Cid8111Code]
SamplingOfTissueSpecimen: _Final[_groups.Cid8111Code]
Staining: _Final[_groups.Cid8111Code]
SpecimenProcessing: _Final[_groups.Cid8111Code]
SpecimenStorage: _Final[_groups.Cid8111Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8111Code]]
