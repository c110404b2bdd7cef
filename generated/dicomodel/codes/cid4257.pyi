"""CID 4257 Visual Field Global Index Name.

Extensible, version 20100827, UID 1.2.840.10008.6.1.916.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

VisualFieldIndex: _Final[_groups.Cid4257Code]
VisualFieldLossDueToDiffuseDefect: _Final[_groups.Cid4257Code]
VisualFieldLossDueToLocalDefect: _Final[_groups.Cid4257Code]
GlaucomaHemifieldTestAnalysis: _Final[_groups.Cid4257Code]
OpticalFixationMeasurements: _Final[_groups.Cid4257Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4257Code]]
