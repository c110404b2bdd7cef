"""CID 9000 Physical Quantity Descriptor.

Extensible, version 20190326, UID 1.2.840.10008.6.1.1010.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Quantity: _Final[_groups.Cid9000Code]
Derivation: _Final[_groups.Cid9000Code]
MeasurementMethod: _Final[_groups.Cid9000Code]
FindingSite: _Final[_groups.Cid9000Code]
Finding: _Final[_groups.Cid9000Code]
ReferenceRegion: _Final[_groups.Cid9000Code]
ModelFittingMethod: _Final[_groups.Cid9000Code]
SourceImageDiffusionBValue: _Final[_groups.Cid9000Code]
EquivalentMeaningOfConceptName: _Final[_groups.Cid9000Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9000Code]]
