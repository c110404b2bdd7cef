from dicomodel.modules import SOPCommonModule

SOPCommonModule(SOPClassUID=1.2, SOPInstanceUID="1.2.3")  # E: Argument "SOPClassUID" to "SOPCommonModule" has incompatible type "float"
