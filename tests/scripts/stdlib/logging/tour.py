# logging: implicit configuration, basicConfig(force=), levels, hierarchy, handlers, filters, adapters.
import logging, sys
logging.warning('no config %s', 42)
log = logging.getLogger('app.db')
log.error('named before config')
logging.basicConfig(level=logging.DEBUG, format='%(asctime)s %(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(message)s', stream=sys.stdout)
log.info('hello %s', 'x')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), log.getEffectiveLevel(), log.parent.name, repr(log), repr(logging.getLogger()))
# expect: DEBUG 20 Level 15 30 root <Logger app.db (WARNING)> <RootLogger root (WARNING)>
try: 1/0
except ZeroDivisionError: log.exception('failed')
logging.basicConfig(force=True, level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s|%(filename)s|%(module)s|%(funcName)s", stream=sys.stdout)
def work():
    logging.getLogger("app").info("from %s", "work")
work()  # expect: INFO|app|from work|tour.py|tour|work
log.debug("hidden")
child = logging.getLogger("app.db.conn"); child.warning("deep %d", 3)
# expect: WARNING|app.db.conn|deep 3|tour.py|tour|<module>
logging.getLogger("app").setLevel(logging.ERROR); child.warning("suppressed"); child.error("shown")
# expect: ERROR|app.db.conn|shown|tour.py|tour|<module>
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("[{levelname}] {message}", style="{"))
other = logging.getLogger("other"); other.propagate = False; other.addHandler(h); other.warning("styled")
# expect: [WARNING] styled
other.info("below warning")  # expect: [INFO] below warning
other.setLevel(logging.DEBUG); other.debug("now visible"); print(other.getEffectiveLevel(), other.isEnabledFor(5))
# expect: [DEBUG] now visible
# expect: 10 False
lone = logging.getLogger("lone"); lone.propagate = False; lone.warning("last resort"); lone.info("dropped")
class OnlyShort(logging.Filter):
    def filter(self, record): return len(record.getMessage()) < 6
h.addFilter(OnlyShort()); other.warning("short"); other.warning("too long message")
# expect: [WARNING] short
adapter = logging.LoggerAdapter(other, {"user": "ann"}); adapter.warning("adapted")
logging.disable(logging.CRITICAL); logging.error("disabled"); logging.disable(logging.NOTSET)
print(logging.root.handlers[0].formatter._fmt)
# expect: %(levelname)s|%(name)s|%(message)s|%(filename)s|%(module)s|%(funcName)s
logging.log(logging.WARNING, "via log()")  # expect: WARNING|root|via log()|tour.py|tour|<module>
