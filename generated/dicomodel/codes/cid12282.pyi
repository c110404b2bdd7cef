"""CID 12282 Cardiac Ultrasound Venous Return Systemic Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.862.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SuperiorVenaCava: _Final[_groups.Cid12282Code]
RightSuperiorVenaCava: _Final[_groups.Cid12282Code]
LeftSuperiorVenaCava: _Final[_groups.Cid12282Code]
InferiorVenaCava: _Final[_groups.Cid12282Code]
HepaticVein: _Final[_groups.Cid12282Code]
HemiFontanPathway: _Final[_groups.Cid12282Code]
GlennPathway: _Final[_groups.Cid12282Code]
FontanPathway: _Final[_groups.Cid12282Code]
FontanInferiorVenaCavaPathway: _Final[_groups.Cid12282Code]
FontanFenestration: _Final[_groups.Cid12282Code]
FontanPulmonaryArteryConnection: _Final[_groups.Cid12282Code]
FontanBaffleLeak: _Final[_groups.Cid12282Code]
MustardOrSenningSuperiorVenaCavaPathway: _Final[_groups.Cid12282Code]
MustardOrSenningInferiorVenaCavaPathway: _Final[_groups.Cid12282Code]
MustardOrSenningCommonSystemicVenousPathway: _Final[_groups.Cid12282Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12282Code]]
