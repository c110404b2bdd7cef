"""CID 8110 Specimen Sampling Procedure.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1048.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Dissection: _Final[_groups.Cid8110Code]
DissectionWithEntireSpecimenSubmission: _Final[_groups.Cid8110Code]
DissectionWithRepresentativeSectionsSubmission: _Final[_groups.Cid8110Code]
CoreSampling: _Final[_groups.Cid8110Code]
BlockSectioning: _Final[_groups.Cid8110Code]
LaserMicrodissection: _Final[_groups.Cid8110Code]
BlockSurfaceRecut: _Final[_groups.Cid8110Code]
BlockStepSectioning: _Final[_groups.Cid8110Code]
TouchPreparation: _Final[_groups.Cid8110Code]
SmearProcedure: _Final[_groups.Cid8110Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8110Code]]
