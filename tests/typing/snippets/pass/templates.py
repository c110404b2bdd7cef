from dicomodel import codes
from dicomodel.sr.content import Num
from dicomodel.templates import tid1419, tid8301

stain = tid8301.SpecimenStainingForCutaneousConfocalMicroscopy(
    using_substance=[codes.cid4412.FluoresceinStain]
)
area = tid1419.ROIMeasurementsMeasurement(
    concept=codes.cid7181.SquareMillimeter, value=Num(40.5, codes.cid7181.SquareMillimeter)
)
number: float = area.value.value
first = stain.using_substance[0]
text: str | None = stain.using_substance_row_2
