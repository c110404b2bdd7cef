"""CID 12108 Upper Extremity Vein.

Extensible, version 20160314, UID 1.2.840.10008.6.1.575.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AxillaryVein: _Final[_groups.Cid12108Code]
BasilicVein: _Final[_groups.Cid12108Code]
BrachialVein: _Final[_groups.Cid12108Code]
CephalicVein: _Final[_groups.Cid12108Code]
InnominateVein: _Final[_groups.Cid12108Code]
InternalJugularVein: _Final[_groups.Cid12108Code]
MedianCubitalVein: _Final[_groups.Cid12108Code]
RadialVein: _Final[_groups.Cid12108Code]
SubclavianVein: _Final[_groups.Cid12108Code]
UlnarVein: _Final[_groups.Cid12108Code]
SuperiorVenaCava: _Final[_groups.Cid12108Code]
DeepPalmarVenousArch: _Final[_groups.Cid12108Code]
SuperficialPalmarVenousArch: _Final[_groups.Cid12108Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12108Code]]
