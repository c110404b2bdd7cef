"""CID 7475 Gray Level Run Length Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1199.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ShortRunsEmphasis: _Final[_Code]
LongRunsEmphasis: _Final[_Code]
LowGrayLevelRunEmphasis: _Final[_Code]
HighGrayLevelRunEmphasis: _Final[_Code]
ShortRunLowGrayLevelEmphasis: _Final[_Code]
ShortRunHighGrayLevelEmphasis: _Final[_Code]
LongRunLowGrayLevelEmphasis: _Final[_Code]
LongRunHighGrayLevelEmphasis: _Final[_Code]
GrayLevelNonuniformityInRuns: _Final[_Code]
NormalizedGrayLevelNonuniformityInRuns: _Final[_Code]
RunLengthNonuniformity: _Final[_Code]
NormalizedRunLengthNonuniformity: _Final[_Code]
RunPercentage: _Final[_Code]
GrayLevelVarianceInRuns: _Final[_Code]
RunLengthVariance: _Final[_Code]
RunEntropy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
