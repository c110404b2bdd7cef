"""CID 7205 Purpose of Reference to Alternate Representation.

Extensible, version 20040322, UID 1.2.840.10008.6.1.511.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SourceImage: _Final[_groups.Cid7205Code]
LossyCompressedImage: _Final[_groups.Cid7205Code]
AlternateSOPClassInstance: _Final[_groups.Cid7205Code]
FullFidelityImage: _Final[_groups.Cid7205Code]
AlternatePhotometricInterpretationImage: _Final[_groups.Cid7205Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7205Code]]
