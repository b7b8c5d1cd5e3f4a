#include "models/cloud/Logging.h"

namespace Netloom::Cloud {

Q_LOGGING_CATEGORY(lcCloud, "netloom.cloud")

} // namespace Netloom::Cloud
