#include "models/net/Logging.h"

namespace Netloom::Net {

Q_LOGGING_CATEGORY(lcNet, "netloom.net")

} // namespace Netloom::Net
