# The default format on stderr: LEVEL:name:message.
import logging

logging.warning("disk almost full")
logging.getLogger("app").error("cannot connect to %s", "db")
logging.info("not shown: the root level is WARNING")
print("done")  # expect: done
# expect stderr: WARNING:root:disk almost full
# expect stderr: ERROR:app:cannot connect to db
