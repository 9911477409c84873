// The two language tables agree key for key, and lookups fall back to the key.
#include "model/i18n.h"

#include <gtest/gtest.h>

namespace loopscope::app {
namespace {

TEST(I18n, BothTablesHaveTheSameKeys) {
    auto en = i18n_keys(Lang::En);
    auto zh = i18n_keys(Lang::Zh);
    ASSERT_FALSE(en.empty());
    EXPECT_EQ(en, zh);
}

TEST(I18n, SwitchesLive) {
    set_language(Lang::Zh);
    EXPECT_STREQ(tr("lang.name"), "中文");
    set_language(Lang::En);
    EXPECT_STREQ(tr("lang.name"), "English");
}

TEST(I18n, MissingKeyShowsTheKey) { EXPECT_STREQ(tr("no.such.key"), "no.such.key"); }

TEST(I18n, ParsesLanguageCodes) {
    Lang lang;
    EXPECT_TRUE(parse_lang("zh", lang));
    EXPECT_EQ(lang, Lang::Zh);
    EXPECT_FALSE(parse_lang("fr", lang));
}

}  // namespace
}  // namespace loopscope::app
