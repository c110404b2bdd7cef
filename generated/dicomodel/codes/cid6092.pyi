"""CID 6092 Usage/Exposure Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.414.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Dosage: _Final[_groups.Cid6092Code]
DoseFrequency: _Final[_groups.Cid6092Code]
RateOfExposure: _Final[_groups.Cid6092Code]
VolumeOfUse: _Final[_groups.Cid6092Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6092Code]]
